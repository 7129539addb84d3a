#!/bin/sh
# A sweep of `sprintplan sweep --emit-jobs DIR` with GNU parallel on one machine (or several,
# with parallel's --sshlogin and a shared folder): every line of jobs.txt is one command.
#
#   docs/batch/sweep-parallel.sh DIR [JOBS]
#
# is the same as `cd DIR && parallel --jobs JOBS < jobs.txt`; then sprintplan sweep --collect DIR.
# --halt never: a failed point does not stop the others; collect names every missing result.
set -eu
cd "$1"
exec parallel --jobs "${2:-2}" --halt never --joblog parallel.log < jobs.txt
