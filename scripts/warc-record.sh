# Sourced by the scripts that write WARC.gz archives: appends one record, gzipped on its own as
# WARC.gz requires.
#   warc_record OUT NUMBER ID-GROUP TYPE URI DATE CONTENT-TYPE BLOCK-FILE
# The record id is <urn:uuid:00000000-0000-4000-ID-GROUP-NUMBER>; URI may be empty.
warc_record() {
  local len; len=$(stat -c %s "$8")
  {
    printf 'WARC/1.1\r\n'
    printf 'WARC-Type: %s\r\n' "$4"
    [ -n "$5" ] && printf 'WARC-Target-URI: %s\r\n' "$5"
    printf 'WARC-Date: %s\r\n' "$6"
    printf 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-%s-%012d>\r\n' "$3" "$2"
    printf 'Content-Type: %s\r\n' "$7"
    printf 'Content-Length: %s\r\n' "$len"
    printf '\r\n'
    cat "$8"
    printf '\r\n\r\n'
  } | gzip -n -9 >> "$1"
}
