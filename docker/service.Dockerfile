# One image per service, from the jar that `./mvnw -B -DskipTests package` left in <module>/target.
FROM eclipse-temurin:17-jre
ARG MODULE
RUN groupadd --system creneau && useradd --system --gid creneau creneau
COPY ${MODULE}/target/creneau-${MODULE}.jar /app/app.jar
USER creneau
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
