# Sourced by the benchmark scripts that run Virtuoso 7.2 (Debian virtuoso-opensource) beside kg.
#   virtuoso_start DIR DATA_DIR QUERY_TIMEOUT BUFFERS [THREADS]
# writes the package's virtuoso.ini with DIR as its database folder, free loopback ports, DATA_DIR readable by
# ld_dir, room for whole answers, QUERY_TIMEOUT seconds per query, BUFFERS pages of buffer (3/4 of them may be dirty,
# as Virtuoso's documentation advises for bulk loads) and, when given, THREADS server threads and connections; starts
# the server and waits until it answers SQL. Sets VIRTUOSO_PID, VIRTUOSO_SQL_PORT and VIRTUOSO_HTTP_PORT.
#   virtuoso_isql SQL      runs SQL through isql-vt;   virtuoso_stop      stops the server.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

virtuoso_start() {
  local dir=$1 data_dir=$2 timeout=$3 buffers=$4 threads=${5:-}
  mkdir -p "$dir"
  VIRTUOSO_SQL_PORT=$(free_port); VIRTUOSO_HTTP_PORT=$(free_port)
  local extra=()
  [ -n "$threads" ] && extra=(-e "s|^ServerThreads\(\s*\)=.*|ServerThreads\1= $threads|"
                              -e "s|^MaxClientConnections\(\s*\)=.*|MaxClientConnections\1= $threads|")
  sed -e "s|/var/lib/virtuoso-opensource-7/db|$dir|g" \
      -e "s|^ServerPort\(\s*\)=\s*1111.*|ServerPort\1= 127.0.0.1:$VIRTUOSO_SQL_PORT|" \
      -e "s|^ServerPort\(\s*\)=\s*8890.*|ServerPort\1= 127.0.0.1:$VIRTUOSO_HTTP_PORT|" \
      -e "s|^DirsAllowed\(\s*\)=\s*\.,|DirsAllowed\1= ., $data_dir,|" \
      -e "s|^ResultSetMaxRows\(\s*\)=.*|ResultSetMaxRows\1= 10000000|" \
      -e "s|^MaxQueryExecutionTime\(\s*\)=.*|MaxQueryExecutionTime\1= $timeout|" \
      -e "s|^NumberOfBuffers\(\s*\)=.*|NumberOfBuffers\1= $buffers|" \
      -e "s|^MaxDirtyBuffers\(\s*\)=.*|MaxDirtyBuffers\1= $((buffers * 3 / 4))|" \
      "${extra[@]}" \
      /etc/virtuoso-opensource-7/virtuoso.ini > "$dir/virtuoso.ini"
  (cd "$dir" && exec virtuoso-t -f -c "$dir/virtuoso.ini" > "$dir/server.out" 2>&1) &
  VIRTUOSO_PID=$!
  for _ in $(seq 600); do virtuoso_isql "SELECT 1;" > /dev/null 2>&1 && return 0; sleep 0.2; done
  echo "Virtuoso did not answer on port $VIRTUOSO_SQL_PORT; see $dir/server.out" >&2; return 1
}

virtuoso_isql() { isql-vt "127.0.0.1:$VIRTUOSO_SQL_PORT" dba dba "exec=$1"; }

virtuoso_stop() {
  [ -n "${VIRTUOSO_PID:-}" ] && kill "$VIRTUOSO_PID" 2>/dev/null && wait "$VIRTUOSO_PID" 2>/dev/null
  VIRTUOSO_PID=
}
