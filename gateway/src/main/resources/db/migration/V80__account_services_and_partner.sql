-- A service manager manages some of the commune's services (planning-service's ids, comma-separated); a partner
-- (a social worker...) is of one partner type, which appointment types name as open to it.
ALTER TABLE account ADD COLUMN service_ids varchar(2000) NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN partner_type varchar(100);

ALTER TABLE account DROP CONSTRAINT account_roles_check;
ALTER TABLE account ADD CONSTRAINT account_roles_check CHECK (
    roles ~ '^(PLATFORM_ADMIN|PARTNER|COMMUNE_ADMIN|SERVICE_MANAGER|AGENT)(,(COMMUNE_ADMIN|SERVICE_MANAGER|AGENT))*$');
-- a partner is nothing else, and only a partner has a partner type
ALTER TABLE account ADD CONSTRAINT account_partner_check CHECK ((roles = 'PARTNER') = (partner_type IS NOT NULL));
