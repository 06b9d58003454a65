-- One-off England and Wales bank holidays since 2011 that the statutory rules do not produce.
INSERT INTO bank_holiday_override (day, kind, name) VALUES
    ('2011-04-29', 'ADDED',   'Royal wedding'),
    ('2012-05-28', 'REMOVED', 'Spring bank holiday moved to 4 June'),
    ('2012-06-04', 'ADDED',   'Spring bank holiday'),
    ('2012-06-05', 'ADDED',   'Queen''s Diamond Jubilee'),
    ('2020-05-04', 'REMOVED', 'Early May bank holiday moved to 8 May'),
    ('2020-05-08', 'ADDED',   'Early May bank holiday (VE day)'),
    ('2022-05-30', 'REMOVED', 'Spring bank holiday moved to 2 June'),
    ('2022-06-02', 'ADDED',   'Spring bank holiday'),
    ('2022-06-03', 'ADDED',   'Platinum Jubilee bank holiday'),
    ('2022-09-19', 'ADDED',   'State Funeral of Queen Elizabeth II'),
    ('2023-05-08', 'ADDED',   'Bank holiday for the coronation of King Charles III');
