-- a day wish may name a shift template by code ("the early shift", "not the late shift"); NULL = any shift.
-- No foreign key: a wish keeps its code when the template is deleted, and planning then leaves it out.
ALTER TABLE day_request ADD COLUMN template_code VARCHAR(40);
