-- The catalogue: reference lists, modules, the Appendix 1 plan, courses and materials.

CREATE TABLE process (
    code        varchar(8)   PRIMARY KEY,
    name        varchar(200) NOT NULL,
    position    integer      NOT NULL UNIQUE,
    -- the introduction module every course of this process includes (seed 2.6, "Introduction to specific process")
    intro_module varchar(16)
);

CREATE TABLE audience (
    code        varchar(40)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    description varchar(500) NOT NULL,
    -- audiences sharing one Appendix 1 row share the row label and position
    plan_row    varchar(200) NOT NULL,
    position    integer      NOT NULL UNIQUE
);

CREATE TABLE module (
    ref                        varchar(16)   PRIMARY KEY,
    name                       varchar(200)  NOT NULL,
    process                    varchar(8)    NOT NULL REFERENCES process (code),
    status                     varchar(32)   NOT NULL,
    description                text,
    intended_audience_text     text,
    audiences                  jsonb         NOT NULL,
    optional_for               jsonb         NOT NULL,
    learning_objectives        jsonb         NOT NULL,
    content                    jsonb         NOT NULL,
    delivery_mechanisms        jsonb         NOT NULL,
    min_minutes                integer,
    max_minutes                integer,
    parts                      integer,
    optional_extra             boolean       NOT NULL,
    development_responsibility text,
    train_the_trainer          boolean       NOT NULL,
    keep_audiences_apart       boolean       NOT NULL,
    stands_in_place_of         jsonb         NOT NULL,
    stands_in_place_for        jsonb         NOT NULL,
    prerequisite               text,
    recommended                jsonb         NOT NULL,
    waivable                   boolean       NOT NULL,
    version                    bigint        NOT NULL,
    materials_version          bigint        NOT NULL,
    CONSTRAINT module_status CHECK (status IN ('ACTIVE', 'DEFINITION_PENDING', 'RETIRED')),
    CONSTRAINT module_minutes CHECK (min_minutes IS NULL OR max_minutes IS NULL OR min_minutes <= max_minutes)
);

CREATE TABLE material (
    id              varchar(36)   PRIMARY KEY,
    module_ref      varchar(16)   NOT NULL REFERENCES module (ref),
    position        integer       NOT NULL,
    kind            varchar(40)   NOT NULL,
    title           varchar(300)  NOT NULL,
    url             varchar(2000) NOT NULL,
    version         varchar(60),
    local_authority varchar(200),
    UNIQUE (module_ref, position)
);

CREATE TABLE plan_cell (
    audience   varchar(40) NOT NULL REFERENCES audience (code),
    process    varchar(8)  NOT NULL REFERENCES process (code),
    position   integer     NOT NULL,
    module_ref varchar(16) NOT NULL REFERENCES module (ref),
    PRIMARY KEY (audience, process, position)
);

-- One row: bumped in the transaction of every module or plan change, so callers can tell a cached answer is stale.
CREATE TABLE catalogue_revision (
    id       integer PRIMARY KEY CHECK (id = 1),
    revision bigint  NOT NULL
);

CREATE TABLE common_message (
    position integer PRIMARY KEY,
    text     text    NOT NULL,
    points   jsonb   NOT NULL
);

CREATE TABLE course_template_step (
    position integer PRIMARY KEY,
    text     text    NOT NULL
);

CREATE TABLE material_kind (
    code        varchar(40) PRIMARY KEY,
    name        varchar(200) NOT NULL,
    description text NOT NULL,
    position    integer NOT NULL UNIQUE
);

CREATE TABLE source (
    position    integer PRIMARY KEY,
    title       varchar(300) NOT NULL,
    description text NOT NULL,
    url         varchar(500) NOT NULL
);

CREATE TABLE course (
    id                       varchar(36)  PRIMARY KEY,
    title                    varchar(300) NOT NULL,
    process                  varchar(8)   NOT NULL REFERENCES process (code),
    audiences                jsonb        NOT NULL,
    modules                  jsonb        NOT NULL,
    override_reason          text,
    entry_requirements       text,
    min_minutes              integer      NOT NULL,
    max_minutes              integer      NOT NULL,
    modules_without_duration jsonb        NOT NULL,
    violations               jsonb        NOT NULL,
    version                  bigint       NOT NULL,
    created_at               timestamptz  NOT NULL
);
CREATE INDEX course_created ON course (created_at, id);
