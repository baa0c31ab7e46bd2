-- Accounts (issue 6) live in keyring.json beside the store, not in it: the database key is
-- wrapped there once per account (and once by the recovery key), so adding or removing a
-- worker's account never writes, let alone re-encrypts, this file. The number was reserved
-- for accounts; the schema does not change. The auto-lock minutes are one more row in
-- `settings` (key 'security'), written the first time they are changed.
SELECT 1;
