-- A commune's look on its citizen pages: its colour, the text colour on it (checked for contrast), and its logo,
-- either an address on its own site or an image uploaded here (PNG, JPEG or WebP only, 40 KB at most).
CREATE TABLE commune_branding (
    commune_id  TEXT PRIMARY KEY,
    color       TEXT,
    text_color  TEXT,
    logo_url    TEXT,
    logo_alt    TEXT,
    logo        BYTEA,
    logo_type   TEXT,
    updated_at  TIMESTAMPTZ NOT NULL
);
