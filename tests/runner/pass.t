Self-test for tests/run: every command in this file passes.

  $ rapport hello
  rapport hello
  $ rapport fail
  rapport fail
  rapport: failing on purpose
  [3]

The environment is fixed:

  $ echo "$USER $TZ $LC_ALL $RAPPORT_TODAY ${NO_COLOR-unset}"
  tester UTC C 2026-03-02 unset
  $ test "$(dirname "$RAPPORT_DB")" -ef . && test -d "$HOME" && test -f "$TESTDIR/pass.t"
  $ command -v rapport
  .*/rapport (re)

Regular expressions, and a literal line that ends in "(re)":

  $ date +%s
  \d+ (re)
  $ echo 'a literal (re)'
  a literal \(re\) (re)

stdout and stderr are merged in order:

  $ echo one; echo two >&2; echo three
  one
  two
  three

Continuation lines and here-docs (an empty here-doc line may be "  >"):

  $ echo first \
  > second
  first second
  $ cat > notes.txt <<EOF
  > line 1
  >
  > line 3
  > EOF
  $ cat notes.txt
  line 1
  
  line 3

State carries over between the commands of a file:

  $ ls
  home
  notes.txt
  tmp
  $ exit 7
  [7]
