#!/usr/bin/env bash
# After a failed run: the errors the Karaf instances under test logged (pax-exam keeps their folders).
cd "$(dirname "$0")/.."
for log in itests/target/exam/*/data/log/karaf.log; do
    [ -f "$log" ] || continue
    if grep -qE "ERROR|Exception" "$log"; then
        echo "=== $log"
        grep -E -A3 "ERROR|Exception" "$log" | head -60
    fi
done
