-- A commune's and a type's texts per language (fr, en): the texts written before are French.
ALTER TABLE notice_template ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'fr';
ALTER TABLE notice_template DROP CONSTRAINT notice_template_pkey;
ALTER TABLE notice_template ADD PRIMARY KEY (commune_id, kind, channel, language);

ALTER TABLE type_notice_template ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'fr';
ALTER TABLE type_notice_template DROP CONSTRAINT type_notice_template_pkey;
ALTER TABLE type_notice_template ADD PRIMARY KEY (commune_id, appointment_type_id, kind, channel, language);
