-- Run once by the postgres image on an empty volume: one database per service, owned by the application user.
CREATE DATABASE creneau_planning;
CREATE DATABASE creneau_booking;
CREATE DATABASE creneau_notification;
CREATE DATABASE creneau_stats;
-- the gateway's: agents' accounts
CREATE DATABASE creneau_gateway;
