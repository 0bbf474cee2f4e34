Contacts: the people at a client, referred to by number or by e-mail address.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)
  $ rapport client add "Acme"
  client 'acme' added
  $ rapport client add "Globex"
  client 'globex' added

Every verb has its own help, which exits 0 and starts with the usage line.

  $ rapport contact --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport contact VERB ...
  $ for v in add list show edit rm; do rapport contact $v --help >help.txt || echo "exit $?"; head -1 help.txt; done
  usage: rapport contact add CLIENT NAME [options]
  usage: rapport contact list [CLIENT] [options]
  usage: rapport contact show ID
  usage: rapport contact edit ID [options]
  usage: rapport contact rm ID

The verb summary advertises only options that the verbs accept (contact
list takes no --state).

  $ rapport contact --help | grep -c -- --state
  0
  [1]

Edit can take sign-off and portal access away again, and its help says how.

  $ rapport contact edit --help | grep -c -- '--\[no-\]signoff\|--\[no-\]portal'
  2

A contact belongs to a client; numbers count from 1 across the workspace.

  $ rapport contact add acme "Jane Doe" --email jane@acme.example --phone "+49 30 1234567" --role CTO --birthday 1980-05-17 --signoff --portal
  contact 1 added
  $ rapport contact add acme "Bob Roe" --email bob@acme.example
  contact 2 added
  $ rapport contact add globex "Hank Scorpio" --role CEO
  contact 3 added
  $ rapport contact add nope "Nobody"
  error: no client 'nope'
  [2]

The list shows every contact, or one client's.

  $ rapport contact list
  ID  CLIENT  NAME          EMAIL              ROLE  SIGN-OFF
  1   acme    Jane Doe      jane@acme.example  CTO   yes
  2   acme    Bob Roe       bob@acme.example   -     no
  3   globex  Hank Scorpio  -                  CEO   no
  $ rapport contact list acme
  ID  NAME      EMAIL              ROLE  SIGN-OFF
  1   Jane Doe  jane@acme.example  CTO   yes
  2   Bob Roe   bob@acme.example   -     no
  $ rapport contact list globex --json
  [
    {
      "id": 3,
      "client": "globex",
      "name": "Hank Scorpio",
      "email": null,
      "phone": null,
      "role": "CEO",
      "birthday": null,
      "may_signoff": false,
      "portal": false
    }
  ]

A contact is shown by its number, as text or as JSON. Flags that were
never given are false, not null: JSON readers test them as booleans.

  $ rapport contact show 1
  id           1
  client       acme
  name         Jane Doe
  email        jane@acme.example
  phone        +49 30 1234567
  role         CTO
  birthday     1980-05-17
  may_signoff  yes
  portal       yes
  $ rapport contact show 2 --json
  {
    "id": 2,
    "client": "acme",
    "name": "Bob Roe",
    "email": "bob@acme.example",
    "phone": null,
    "role": null,
    "birthday": null,
    "may_signoff": false,
    "portal": false
  }
  $ rapport contact show 99
  error: no contact 99
  [2]
  $ rapport contact show jane
  error: invalid contact number 'jane' (expected a number such as 3)
  [2]

Where a command takes a CONTACT, the number and the e-mail address both work,
and the address matches whatever its letter case.

  $ rapport engagement add acme "Website Relaunch" --type fixed
  engagement 'website-relaunch' added
  $ rapport deliverable add website-relaunch "Design" --reviewer jane@acme.example
  deliverable 1 added
  $ rapport deliverable add website-relaunch "Build" --reviewer 2
  deliverable 2 added
  $ rapport deliverable add website-relaunch "Test" --reviewer BOB@Acme.Example
  deliverable 3 added
  $ rapport deliverable list website-relaunch
  ID  TITLE   DUE  STATE    REVIEWER
  1   Design  -    planned  1
  2   Build   -    planned  2
  3   Test    -    planned  2

A contact of another client, or an unknown one, is refused.

  $ rapport deliverable add website-relaunch "Deploy" --reviewer 3
  error: no contact '3' at this client for --reviewer (expected a number or e-mail address from 'rapport contact list')
  [2]
  $ rapport deliverable add website-relaunch "Deploy" --reviewer nobody@acme.example
  error: no contact 'nobody@acme.example' at this client for --reviewer (expected a number or e-mail address from 'rapport contact list')
  [2]

Edit changes fields; an empty value clears an optional one; --no-signoff
and --no-portal take the rights away again.

  $ rapport contact edit 2 --role "Project manager" --phone "+1 555 0100" --signoff
  contact 2 updated
  $ rapport contact edit 1 --phone "" --birthday "" --no-signoff --no-portal
  contact 1 updated
  $ rapport contact show 1 --json
  {
    "id": 1,
    "client": "acme",
    "name": "Jane Doe",
    "email": "jane@acme.example",
    "phone": null,
    "role": "CTO",
    "birthday": null,
    "may_signoff": false,
    "portal": false
  }
  $ rapport contact edit 1 --name ""
  error: --name must not be empty
  [2]
  $ rapport contact edit 1 --email "jane at acme"
  error: invalid e-mail address 'jane at acme' for --email (expected an e-mail address such as ana@example.com)
  [2]
  $ rapport contact edit 1
  error: nothing to change (give at least one field)
  [2]
  $ rapport contact edit 99 --role CFO
  error: no contact 99
  [2]

A contact that nothing refers to can be removed; its number is not reused.

  $ rapport contact rm 3
  contact 3 removed
  $ rapport contact show 3
  error: no contact 3
  [2]
  $ rapport contact add globex "Mindy"
  contact 4 added
  $ rapport contact list globex
  ID  NAME   EMAIL  ROLE  SIGN-OFF
  4   Mindy  -      -     no

A contact named as a reviewer cannot be removed.

  $ rapport contact rm 1
  error: cannot remove contact 1: other records refer to it
  [2]
  $ rapport contact rm 2
  error: cannot remove contact 2: other records refer to it
  [2]
  $ rapport contact list acme
  ID  NAME      EMAIL              ROLE             SIGN-OFF
  1   Jane Doe  jane@acme.example  CTO              no
  2   Bob Roe   bob@acme.example   Project manager  yes

An e-mail address is unique among a client's contacts, since it names the
contact on the command line (letter case does not matter). In CSV, a cell
that a spreadsheet would run as a formula (here a phone number starting with
'+') is prefixed with an apostrophe.

  $ rapport contact add acme "Jane Again" --email jane@acme.example
  error: .*e-mail.*'jane@acme\.example'.* (re)
  [2]
  $ rapport contact add acme "Jane Shouting" --email JANE@ACME.EXAMPLE
  error: .*e-mail.*'JANE@ACME\.EXAMPLE'.* (re)
  [2]
  $ rapport contact list acme --format csv | tr -d '\r'
  "id","client","name","email","phone","role","birthday","may_signoff","portal"
  "1","acme","Jane Doe","jane@acme.example","","CTO","","no","no"
  "2","acme","Bob Roe","bob@acme.example","'+1 555 0100","Project manager","","yes","no"
