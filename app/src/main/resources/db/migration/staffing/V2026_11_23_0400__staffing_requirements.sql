-- agents required per queue and 15-minute interval, from an uploaded interval file or a published forecast
CREATE TABLE staffing_requirement (
    queue_id        BIGINT NOT NULL,
    interval_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    interval_seconds INT NOT NULL,
    contacts        DOUBLE PRECISION NOT NULL,
    aht_seconds     DOUBLE PRECISION NOT NULL,
    status          VARCHAR(20) NOT NULL,
    agents          INT NOT NULL,
    scheduled       INT NOT NULL,
    service_level   DOUBLE PRECISION,
    asa_seconds     DOUBLE PRECISION,
    abandonment     DOUBLE PRECISION,
    occupancy       DOUBLE PRECISION,
    source          VARCHAR(200) NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (queue_id, interval_start)
);
