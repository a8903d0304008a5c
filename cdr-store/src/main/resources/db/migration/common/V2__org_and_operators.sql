-- The minimal organisation the demo needs (a later migration adds the full company model),
-- and the operators who log in to the web UI.

CREATE TABLE department (
    id        ${identity},
    parent_id INTEGER REFERENCES department (id),
    name      ${text} NOT NULL
);

CREATE TABLE app_user (
    id            ${identity},
    name          ${text} NOT NULL,
    department_id INTEGER REFERENCES department (id)
);

-- Which user an extension belongs to from valid_from (epoch ms UTC) on; a later row for the same
-- number takes over from its own valid_from.
CREATE TABLE extension (
    number     VARCHAR(64) NOT NULL,
    user_id    INTEGER     NOT NULL REFERENCES app_user (id),
    valid_from BIGINT      NOT NULL,
    PRIMARY KEY (number, valid_from)
);

CREATE TABLE operator (
    login         VARCHAR(64) NOT NULL PRIMARY KEY,
    password_hash ${text}     NOT NULL, -- computed by the webapp; the store never sees a password
    role          VARCHAR(32) NOT NULL,
    created_at    BIGINT      NOT NULL  -- epoch milliseconds UTC
);
