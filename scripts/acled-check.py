#!/usr/bin/python3
"""acled-check.py: read annals' ACLED CSV export as code written for ACLED
files does, with pandas, and check it against ACLED's published codebook
(issue 16).

Usage: scripts/acled-check.py EXPORT.csv
       (make one with: annals export --format csv CORPUS > EXPORT.csv)

Checks, each failing with a message and exit status 1:
  - pandas.read_csv(..., parse_dates=["event_date"]) loads it and
    event_date really is a datetime column (pandas silently keeps text
    when a date does not parse);
  - ACLED's codebook columns are all there;
  - every non-empty event_type is one of ACLED's six, every sub_event_type
    belongs to its event_type, disorder_type matches, per the codebook
    below (written out here from ACLED's codebook, not from annals' code,
    so the two are checked against each other);
  - year agrees with event_date; time_precision is ACLED's 1-3 (or annals'
    4 for year-only dates, only with --all); event_id_cnty is unique;
    fatalities are whole numbers; inter codes and interaction follow ACLED;
then prints a group-by on country and year, as an ACLED user's first look.

Uses Debian's python3-pandas (apt-get install -y python3-pandas).
"""
import sys

import pandas as pd

# ACLED codebook: event type -> its sub-event types.
CODEBOOK = {
    "Battles": {
        "Armed clash", "Government regains territory",
        "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Grenade"},
    "Violence against civilians": {
        "Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity",
        "Disrupted weapons use", "Headquarters or base established",
        "Looting/property destruction", "Non-violent transfer of territory",
        "Other"},
}
# Disorder types by event type. ACLED files "Excessive force against
# protesters" under both political violence and demonstrations, written
# "Political violence; Demonstrations"; either side alone is accepted.
DISORDER = {
    "Battles": {"Political violence"},
    "Explosions/Remote violence": {"Political violence"},
    "Violence against civilians": {"Political violence"},
    "Protests": {"Demonstrations", "Political violence; Demonstrations",
                 "Political violence"},
    "Riots": {"Demonstrations", "Political violence"},
    "Strategic developments": {"Strategic developments"},
}
# The columns of an ACLED export (its codebook's order).
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


def main(path):
    failures = []

    def fail(msg, rows=None):
        if rows is not None and len(rows):
            msg += "; e.g. " + "; ".join(
                f"{r.event_id_cnty}: {r.event_type!r}/{r.sub_event_type!r}"
                for r in rows.head(3).itertuples())
        failures.append(msg)

    df = pd.read_csv(path, parse_dates=["event_date"])
    print(f"read {path}: {len(df)} rows, {len(df.columns)} columns; "
          f"event_date dtype {df.event_date.dtype}")
    if not pd.api.types.is_datetime64_any_dtype(df.event_date):
        bad = pd.to_datetime(df.event_date, errors="coerce").isna() & df.event_date.notna()
        fail(f"event_date did not parse as dates: {df.event_date[bad].head(3).tolist()}")
    missing = [c for c in ACLED_COLUMNS if c not in df.columns]
    if missing:
        fail(f"ACLED columns missing: {missing}")
        report(failures)
    if len(df) == 0:
        fail("no rows: nothing to check")

    et = df.event_type.dropna()
    bad = df[df.event_type.notna() & ~df.event_type.isin(CODEBOOK.keys())]
    if len(bad):
        fail(f"{len(bad)} event_type values not ACLED's: {sorted(bad.event_type.unique())[:5]}", bad)
    sub_ok = df.apply(lambda r: pd.isna(r.sub_event_type) if pd.isna(r.event_type)
                      else r.sub_event_type in CODEBOOK.get(r.event_type, ()), axis=1)
    if len(df) and (~sub_ok).any():
        fail(f"{(~sub_ok).sum()} sub_event_type values outside their event_type", df[~sub_ok])
    dis_ok = df.apply(lambda r: pd.isna(r.disorder_type) if pd.isna(r.event_type)
                      else r.disorder_type in DISORDER.get(r.event_type, ()), axis=1)
    if len(df) and (~dis_ok).any():
        fail(f"{(~dis_ok).sum()} disorder_type values that do not match the event_type", df[~dis_ok])

    dated = df[df.event_date.notna()]
    if pd.api.types.is_datetime64_any_dtype(df.event_date):
        off = dated[dated.event_date.dt.year != dated.year]
        if len(off):
            fail(f"{len(off)} rows whose year is not event_date's year", off)
    prec = set(df.time_precision.dropna().astype(int))
    if not prec <= {1, 2, 3, 4}:
        fail(f"time_precision values outside 1-4: {sorted(prec)}")
    coded = df[df.event_type.notna()]
    if len(coded) and (coded.time_precision == 4).any():
        fail(f"{(coded.time_precision == 4).sum()} coded events dated only to a year or "
             "coarser (ACLED codes to the month at coarsest)", coded[coded.time_precision == 4])
    if df.event_id_cnty.isna().any() or df.event_id_cnty.duplicated().any():
        fail(f"event_id_cnty not unique and filled: {df.event_id_cnty[df.event_id_cnty.duplicated()].head(3).tolist()}")
    if not pd.api.types.is_integer_dtype(df.fatalities) or (df.fatalities < 0).any():
        fail(f"fatalities not whole non-negative numbers (dtype {df.fatalities.dtype})")
    for col in ("inter1", "inter2"):
        v = set(df[col].dropna().astype(int))
        if not v <= set(range(0, 9)):
            fail(f"{col} values outside ACLED's 0-8: {sorted(v)}")
    # interaction: the two inter codes, smaller first; one actor: code then 0.
    def want_interaction(r):
        if pd.isna(r.inter1):
            return None
        a = int(r.inter1)
        if pd.isna(r.inter2):
            return a * 10
        b = int(r.inter2)
        return min(a, b) * 10 + max(a, b)
    wi = df.apply(want_interaction, axis=1) if len(df) else pd.Series(dtype=object)
    bad = df[(wi.notna() | df.interaction.notna()) &
             (wi.fillna(-1).astype(int) != df.interaction.fillna(-1).astype(int))]
    if len(bad):
        fail(f"{len(bad)} interaction codes that do not follow inter1/inter2", bad)

    # What an ACLED user does first: events and fatalities by country and year.
    by = (df.groupby(["country", "year"], dropna=False)
            .agg(events=("event_id_cnty", "size"), fatalities=("fatalities", "sum"))
            .sort_values("events", ascending=False))
    print(f"event_type counts:\n{et.value_counts().to_string()}")
    print(f"groupby(['country', 'year']): {len(by)} groups; top 15:\n{by.head(15).to_string()}")
    print(f"rows with a country: {df.country.notna().sum()} of {len(df)}")
    report(failures)


def report(failures):
    for f in failures:
        print("acled-check: FAIL", f)
    if failures:
        sys.exit(1)
    print("acled-check: ok")
    sys.exit(0)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1])
