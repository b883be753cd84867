# newswatch on the official Airflow image: the DAGs (mounted from ./dags) import `pipeline`, installed here.
# Build: docker compose build   (docker-compose.yml uses this file for every Airflow service)
ARG AIRFLOW_VERSION=3.3.2
ARG PYTHON_VERSION=3.11
FROM apache/airflow:${AIRFLOW_VERSION}-python${PYTHON_VERSION}
ARG AIRFLOW_VERSION

# Editable install: pipeline/ finds sql/ and config/ beside it, as in a checkout. Pinning apache-airflow
# to the image's version keeps pip from moving Airflow itself; constraints.txt pins everything else to
# the versions the tests ran with.
COPY --chown=airflow:root pyproject.toml constraints.txt README.md /opt/newswatch/
COPY --chown=airflow:root pipeline /opt/newswatch/pipeline
COPY --chown=airflow:root sql /opt/newswatch/sql
COPY --chown=airflow:root config /opt/newswatch/config
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" \
        -c /opt/newswatch/constraints.txt -e /opt/newswatch \
 && python -c "import pipeline.jobs, duckdb, trafilatura"

ENV NEWSWATCH_CONFIG=/opt/newswatch/config/newswatch.toml \
    NEWSWATCH_DB=/opt/newswatch/data/newswatch.duckdb
