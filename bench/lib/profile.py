#!/usr/bin/env python3
"""Summarises a JFR recording (jfr print --json --events jdk.ExecutionSample): where the app's request threads
spend their CPU. Inclusive share of a few well-known layers, then the hottest methods (self time)."""
import collections
import json
import sys

LAYERS = [
    ("whole request (Tomcat)", "org.apache.coyote.http11.Http11Processor.service"),
    ("Spring Security filter chain", "org.springframework.security.web.FilterChainProxy.doFilterInternal"),
    ("  of which Micrometer observation of filters", "org.springframework.security.web.ObservationFilterChainDecorator$ObservationFilter.wrapFilter"),
    ("HTTP server observation (metrics)", "org.springframework.web.filter.ServerHttpObservationFilter.doFilterInternal"),
    ("DispatcherServlet", "org.springframework.web.servlet.DispatcherServlet.doDispatch"),
    ("JSON read (Jackson)", "tools.jackson.databind.ObjectReader.readValue"),
    ("JSON write (Jackson)", "org.springframework.http.converter.AbstractGenericHttpMessageConverter.write"),
    ("bean validation", "org.hibernate.validator.internal.engine.ValidatorImpl.validate"),
    ("BookingService.book", "id.kanim.drivethru.booking.BookingService.book"),
    ("  transaction begin (JPA)", "org.springframework.orm.jpa.JpaTransactionManager.doBegin"),
    ("  transaction commit (JPA)", "org.springframework.orm.jpa.JpaTransactionManager.doCommit"),
    ("  BookingWriter.book (SQL)", "id.kanim.drivethru.booking.BookingWriter.book"),
    ("  PostgreSQL driver (pgjdbc)", "org.postgresql.jdbc.PgPreparedStatement.executeWithFlags"),
    ("availability queries", "id.kanim.drivethru.capacity.Availability.between"),
    ("Thymeleaf rendering", "org.thymeleaf.TemplateEngine.process"),
    ("error handling (ApiExceptionHandler)", "id.kanim.drivethru.booking.web.ApiExceptionHandler.refused"),
    ("GC / compiler (non-Java threads are not sampled)", "-"),
]

events = json.load(open(sys.argv[1]))["recording"]["events"]
self_counts, inclusive = collections.Counter(), collections.Counter()
for event in events:
    trace = event["values"]["stackTrace"]
    frames = trace["frames"] if trace else []
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    if names:
        self_counts[names[0]] += 1
    for name in set(names):
        inclusive[name] += 1
total = len(events) or 1
print(f"{len(events)} CPU samples of Java threads\n\nInclusive share of samples:")
for label, frame in LAYERS:
    if frame != "-":
        print(f"  {100 * inclusive[frame] / total:5.1f}%  {label}")
print("\nHottest methods (self):")
for name, count in self_counts.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 20):
    print(f"  {100 * count / total:5.1f}%  {name}")

# Self time by library: each sample goes to the first frame (from the top) outside the JDK.
GROUPS = [("io.micrometer", "Micrometer (observations, metrics)"),
          ("org.springframework.security.web.ObservationFilterChainDecorator", "Micrometer (observations, metrics)"),
          ("org.springframework.web.filter.ServerHttpObservationFilter", "Micrometer (observations, metrics)"),
          ("org.springframework.security", "Spring Security"), ("tools.jackson", "Jackson"),
          ("com.fasterxml", "Jackson"), ("org.hibernate.validator", "Bean validation"),
          ("org.hibernate", "Hibernate ORM (JPA transaction)"), ("org.postgresql", "PostgreSQL driver"),
          ("com.zaxxer", "Hikari"), ("org.apache", "Tomcat"), ("org.thymeleaf", "Thymeleaf"),
          ("org.springframework.expression", "SpEL (templates)"),
          ("org.springframework.web.servlet.resource", "static resource URL resolution"),
          ("org.springframework.boot.loader", "class path / jar lookups"),
          ("org.springframework.transaction", "Spring transactions"), ("org.springframework.jdbc", "Spring JDBC"),
          ("org.springframework.orm", "Spring transactions"), ("org.springframework", "Spring MVC / core"),
          ("id.kanim", "application code"), ("com.google.i18n", "libphonenumber"), ("ch.qos.logback", "logging")]
by_group = collections.Counter()
for event in events:
    trace = event["values"]["stackTrace"]
    frames = trace["frames"] if trace else []
    names = [f["method"]["type"]["name"].replace("/", ".") for f in frames]
    owner = next((n for n in names if not n.startswith(("java.", "jdk.", "sun.", "javax."))), "JDK only")
    by_group[next((label for prefix, label in GROUPS if owner.startswith(prefix)), owner.rsplit(".", 1)[0])] += 1
print("\nSelf time by library (JDK time goes to its caller):")
for label, count in by_group.most_common(15):
    print(f"  {100 * count / total:5.1f}%  {label}")
