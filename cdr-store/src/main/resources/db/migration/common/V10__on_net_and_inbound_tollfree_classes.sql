-- Call classes of the full rating engine (rating-engine, issue 4): calls between the company's own
-- sites (recognised by trunk group or by the other site's numbers), and incoming calls on a
-- toll-free number the company pays for (16 characters at most: call_class.name is VARCHAR(16)).
-- Codes as in the store's CdrCodes.
INSERT INTO call_class (code, name) VALUES (10, 'ON_NET'), (11, 'INBOUND_TOLLFREE');
