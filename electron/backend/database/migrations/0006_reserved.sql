-- Placeholder for version 6, which belongs to another branch (the 30-day plan). Migrations must
-- be numbered without holes; when that branch's 0006 is merged, delete this file.
SELECT 1;
