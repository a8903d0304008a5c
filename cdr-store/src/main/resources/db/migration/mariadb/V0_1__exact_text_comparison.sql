-- Before any table exists: texts are full Unicode (utf8mb4) and compare byte for byte, as on
-- the other databases, so two tariff names that differ only in case stay two tariffs.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
