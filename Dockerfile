FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
COPY src src
RUN chmod +x mvnw && ./mvnw -B -DskipTests -Dspotless.check.skip=true package

FROM eclipse-temurin:17-jre
ENV TZ=Europe/Oslo
RUN groupadd --system samla && useradd --system --gid samla --no-create-home samla
WORKDIR /app
COPY --from=build /build/target/samla-*.jar app.jar
USER samla
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
