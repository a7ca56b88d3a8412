package io.homeshore.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The persistence contract on PostgreSQL, when SPRING_DATASOURCE_URL points at one (CI does; see .ci/run). The
 * whole suite then runs against it too; this class makes the contract explicit.
 */
@SpringBootTest(properties = "homeshore.demo.mode=false")
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "no PostgreSQL configured: set SPRING_DATASOURCE_URL/USERNAME/PASSWORD (CI does)")
class PostgresPersistenceTest extends PersistenceContract {
}
