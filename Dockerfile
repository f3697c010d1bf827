# syntax=docker/dockerfile:1
# Incident Desk: the Discord bot and its command line in one small image. See docs/production.md.
#
#   docker build -t incident-desk .
#   docker run -d --name incident-desk --env-file .env -v incident-data:/data incident-desk
# (with docker run, leave INCIDENT_DB and INCIDENT_DATA_DIR out of .env: an empty value overrides the image's)
#
# Nothing secret is in the image: DISCORD_TOKEN and every other setting come from the environment at run time
# (.dockerignore keeps .env out of the build context). The database lives on the volume at /data.

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: the project and its dependencies in a virtual environment --------------------------------------------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src

# Dependencies first, read from pyproject.toml itself, so that a code change does not reinstall them.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt

# Then the project itself (pip install . from its own pyproject.toml; README.md is its declared readme).
COPY README.md ./
COPY bot/ bot/
RUN pip install --no-deps . \
    && incident-bot --help > /dev/null

# --- runtime -------------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE}

# A fixed, unprivileged user (uid/gid 10001): bind mounts such as ./backups must be writable by it.
RUN groupadd --system --gid 10001 incident \
    && useradd --system --uid 10001 --gid 10001 --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin incident \
    && install -d -o 10001 -g 10001 -m 0750 /data

COPY --from=build /opt/venv /opt/venv
# The gazetteers (needed by every command), plus the sample article and official records for `incident-bot demo`.
# Read-only for the bot: owned by root.
COPY data/gazetteer/ /app/data/gazetteer/
COPY data/articles/ /app/data/articles/
COPY data/records/ /app/data/records/
COPY data/SOURCES.md /app/data/SOURCES.md

# INCIDENT_DATA_DIR: a non-editable install cannot find the project's data/ folder by itself.
# TZ only sets the clock of log lines; INCIDENT_TIMEZONE is the one incidents are dated in.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    INCIDENT_DB=/data/incidents.db \
    INCIDENT_DATA_DIR=/app/data \
    TZ=Europe/Kyiv \
    INCIDENT_TIMEZONE=Europe/Kyiv

# The working directory holds no .env: settings come from the container's environment only.
WORKDIR /app
USER 10001:10001
VOLUME ["/data"]

# The quick integrity and foreign-key checks (exit code non-zero on a problem). The full check also checks the
# full-text index, which needs the write lock: run `incident-bot check` by hand or from the backup job.
HEALTHCHECK --interval=5m --timeout=2m --start-period=2m --retries=2 \
    CMD ["incident-bot", "check", "--quick", "--db", "/data/incidents.db"]

# SIGTERM and Ctrl-C are both the bot's clean shutdown (the Discord connection and the database closed).
STOPSIGNAL SIGTERM
CMD ["incident-bot", "run"]
