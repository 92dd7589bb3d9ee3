-- When a notice stops being worth sending (a one-time code past its validity): a column of its own, no longer a
-- key hidden among the merge fields. A code still waiting to be sent keeps its expiry.
ALTER TABLE notice ADD COLUMN expires_at TIMESTAMPTZ;
UPDATE notice SET expires_at = CAST(merge_data ->> '_expiresAt' AS TIMESTAMPTZ), merge_data = merge_data - '_expiresAt'
WHERE merge_data ? '_expiresAt';
