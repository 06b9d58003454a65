-- One database per service: no service reads another's.
CREATE DATABASE catalogue;
CREATE DATABASE booking;
CREATE DATABASE followup;
