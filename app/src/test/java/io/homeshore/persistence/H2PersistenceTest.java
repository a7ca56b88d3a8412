package io.homeshore.persistence;

import org.springframework.boot.test.context.SpringBootTest;

/** The persistence contract on the embedded H2 database, always, whatever database the rest of the suite uses. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:persistence-h2;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=", "homeshore.demo.mode=false" })
class H2PersistenceTest extends PersistenceContract {
}
