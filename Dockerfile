# One image recipe for every service of the suite (and the console), built from the repository root:
#   docker build --build-arg SERVICE=booking-service -t iw/booking-service .
# (docker-compose.yml builds each service this way). It builds from exactly what it copies below: the parent pom
# lists every module, so each module's pom is copied, and only suite-conventions and the chosen service are built
# (`-pl suite-conventions,$SERVICE -am`). scripts/check-dockerfile.sh (a stage of .ci/run) copies what these COPY
# lines name into an empty folder and runs the RUN line there, offline, for every service at once: a file the build
# needs but the Dockerfile does not copy fails CI.
# Base images are pinned by version (the JDK the suite is built and tested with).
FROM eclipse-temurin:17.0.15_6-jdk AS build
ARG SERVICE
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY suite-conventions suite-conventions
# suite-conventions' test jar carries the local OIDC provider's configuration
COPY scripts/dev-oidc/oidc.json scripts/dev-oidc/oidc.json
COPY catalogue-service/pom.xml catalogue-service/pom.xml
COPY booking-service/pom.xml booking-service/pom.xml
COPY followup-service/pom.xml followup-service/pom.xml
COPY console/pom.xml console/pom.xml
COPY clients/pom.xml clients/pom.xml
COPY e2e-tests/pom.xml e2e-tests/pom.xml
COPY ${SERVICE}/src ${SERVICE}/src
RUN ./mvnw -B -ntp -pl suite-conventions,${SERVICE} -am package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
USER 1001
# a request target that is not a URI gets the suite's problem details (FrameworkFailures), not an empty 400
ENTRYPOINT ["java", "-Dvertx.disableURIValidation=true", "-jar", "/app/quarkus-run.jar"]
