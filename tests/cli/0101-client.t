Clients: add, list, show, edit and rm, with slugs derived from the name.

  $ rapport init --name "Northwind Consulting" --currency EUR
  created workspace 'Northwind Consulting' (EUR, UTC)

Every verb has its own help, which exits 0 and starts with the usage line.

  $ rapport client --help >help.txt || echo "exit $?"; head -1 help.txt
  usage: rapport client VERB ...
  $ for v in add list show edit rm; do rapport client $v --help >help.txt || echo "exit $?"; head -1 help.txt; done
  usage: rapport client add NAME [options]
  usage: rapport client list [options]
  usage: rapport client show SLUG
  usage: rapport client edit SLUG [options]
  usage: rapport client rm SLUG

A client needs only a name; the slug is derived from it.

  $ rapport client add "Acme"
  client 'acme' added
  $ rapport client add "Globex Corporation" --industry Manufacturing --owner alice --status active --tags "b2b,eu" --notes "Met at the trade fair"
  client 'globex-corporation' added

The same name twice gets a numbered slug; an explicit --slug is taken as given.

  $ rapport client add "Acme"
  client 'acme-2' added
  $ rapport client add "Acme"
  client 'acme-3' added
  $ rapport client add "Initech Ltd." --slug initech
  client 'initech' added

A name with no letters still gets a usable slug, and one made only of
digits is not taken for a record number.

  $ rapport client add "!!!"
  client 'client' added
  $ rapport client add "2024"
  client '2024-client' added

The list is a table; every slug is unique.

  $ rapport client list
  ID  NAME                SLUG                INDUSTRY       OWNER  STATUS
  1   Acme                acme                -              -      prospect
  2   Globex Corporation  globex-corporation  Manufacturing  alice  active
  3   Acme                acme-2              -              -      prospect
  4   Acme                acme-3              -              -      prospect
  5   Initech Ltd.        initech             -              -      prospect
  6   !!!                 client              -              -      prospect
  7   2024                2024-client         -              -      prospect

Show gives every field, as text or as JSON (the --json option can follow the verb).

  $ rapport client show globex-corporation
  id          2
  name        Globex Corporation
  slug        globex-corporation
  industry    Manufacturing
  owner       alice
  status      active
  tags        b2b,eu
  notes       Met at the trade fair
  $ rapport client show acme --json
  {
    "id": 1,
    "name": "Acme",
    "slug": "acme",
    "industry": null,
    "owner": null,
    "status": "prospect",
    "tags": null,
    "notes": null
  }

A client's slug that is taken is refused, whether on add or on edit.

  $ rapport client add "Acme Again" --slug acme
  error: slug 'acme' is taken by another client
  [2]
  $ rapport client edit acme-2 --slug initech
  error: slug 'initech' is taken by another client
  [2]

Edit changes fields; renaming the slug makes the old slug unknown.

  $ rapport client edit acme-2 --name "Acme East" --slug acme-east --status former
  client 'acme-east' updated
  $ rapport client show acme-east
  id          3
  name        Acme East
  slug        acme-east
  industry    -
  owner       -
  status      former
  tags        -
  notes       -
  $ rapport client show acme-2
  error: no client 'acme-2'
  [2]

An empty value clears an optional field; a required one cannot be cleared,
and the message says which field was refused.

  $ rapport client edit globex-corporation --industry "" --notes ""
  client 'globex-corporation' updated
  $ rapport client show globex-corporation --json
  {
    "id": 2,
    "name": "Globex Corporation",
    "slug": "globex-corporation",
    "industry": null,
    "owner": "alice",
    "status": "active",
    "tags": "b2b,eu",
    "notes": null
  }
  $ rapport client edit globex-corporation --name ""
  error: --name must not be empty
  [2]
  $ rapport client edit globex-corporation --slug ""
  error: --slug must not be empty
  [2]

An edit without any field is refused, and so is an unknown client.

  $ rapport client edit acme
  error: nothing to change (give at least one field)
  [2]
  $ rapport client edit nope --industry Retail
  error: no client 'nope'
  [2]

A client nothing refers to can be removed (the message quotes the slug, as
add and edit do); its slug is then unknown.

  $ rapport client rm 2024-client
  client '2024-client' removed
  $ rapport history --limit 1
  SEQ  WHEN              WHO     ACTION  RECORD    WHAT
  10   2026-03-02 00:00  tester  remove  client 7  2024
  $ rapport client show 2024-client
  error: no client '2024-client'
  [2]
  $ rapport client rm 2024-client
  error: no client '2024-client'
  [2]

A client with a contact or an engagement cannot be removed.

  $ rapport contact add acme "Jane Doe"
  contact 1 added
  $ rapport client rm acme
  error: cannot remove client 'acme': other records refer to it
  [2]
  $ rapport engagement add initech "Audit" --type tm
  engagement 'audit' added
  $ rapport client rm initech
  error: cannot remove client 'initech': other records refer to it
  [2]
  $ rapport client list --format csv | tr -d '\r'
  "id","name","slug","industry","owner","status","tags","notes"
  "1","Acme","acme","","","prospect","",""
  "2","Globex Corporation","globex-corporation","","alice","active","b2b,eu",""
  "3","Acme East","acme-east","","","former","",""
  "4","Acme","acme-3","","","prospect","",""
  "5","Initech Ltd.","initech","","","prospect","",""
  "6","!!!","client","","","prospect","",""

Leading and trailing blanks of a name are not kept; punctuation and runs of
blanks collapse to single dashes in the slug.

  $ rapport client add "  Soylent   Green, Inc.  "
  client 'soylent-green-inc' added
  $ rapport client show soylent-green-inc | sed -n 2p
  name        Soylent   Green, Inc.

Letters with accents are transliterated in the slug, not turned into dashes.

  $ rapport client add "Müller & Söhne GmbH"
  client 'mu(e)?ller-so(e)?hne-gmbh' added (re)
