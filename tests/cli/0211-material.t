Materials: equipment and supplies held for the engagement, with a quantity
and an owner; excess material is to be returned.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option; the quantity defaults to 1 and the owner to the
client.

  $ rapport material add website "Test laptops" --qty 3 --owner us
  material 1 added
  $ rapport material add website "Client building badge"
  material 2 added
  $ rapport --json material add website "Loaned tablets" --qty 12 --owner client
  {
    "id": 3,
    "engagement": "website",
    "description": "Loaned tablets",
    "quantity": 12,
    "owner": "client",
    "state": "in_use",
    "returned_on": null
  }

  $ rapport material list website
  ID  MATERIAL               QTY  OWNED BY  STATE
  1   Test laptops           3    us        in_use
  2   Client building badge  1    client    in_use
  3   Loaned tablets         12   client    in_use
  $ rapport material list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "description": "Test laptops",
      "quantity": 3,
      "owner": "us",
      "state": "in_use",
      "returned_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "description": "Client building badge",
      "quantity": 1,
      "owner": "client",
      "state": "in_use",
      "returned_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "description": "Loaned tablets",
      "quantity": 12,
      "owner": "client",
      "state": "in_use",
      "returned_on": null
    }
  ]
  $ rapport material list website --format csv
  "id","engagement","description","quantity","owner","state","returned_on"
  "1","website","Test laptops","3","us","in_use",""
  "2","website","Client building badge","1","client","in_use",""
  "3","website","Loaned tablets","12","client","in_use",""
  $ rapport material show 1
  id           1
  engagement   website
  description  Test laptops
  quantity     3
  owner        us
  state        in_use
  returned_on  -
  $ rapport material show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "description": "Client building badge",
    "quantity": 1,
    "owner": "client",
    "state": "in_use",
    "returned_on": null
  }

Material in use may be edited.

  $ rapport material edit 3 --qty 10
  material 3 updated
  $ rapport material show 3
  id           3
  engagement   website
  description  Loaned tablets
  quantity     10
  owner        client
  state        in_use
  returned_on  -

in_use -> excess -> returned, or straight from in_use to returned; a
returned item is locked.

  $ rapport material excess 3
  material 3 is now excess
  $ rapport material excess 3
  error: material 3 is excess; 'excess' is allowed only when it is in_use
  [2]
  $ rapport material list website --state excess
  ID  MATERIAL        QTY  OWNED BY  STATE
  3   Loaned tablets  10   client    excess
  $ rapport material return 3
  material 3 is now returned
  $ rapport material show 3
  id           3
  engagement   website
  description  Loaned tablets
  quantity     10
  owner        client
  state        returned
  returned_on  2026-03-02
  $ rapport material return 3
  error: material 3 is returned; 'return' is allowed only when it is in_use, excess
  [2]
  $ rapport material excess 3
  error: material 3 is returned; 'excess' is allowed only when it is in_use
  [2]
  $ rapport material edit 3 --qty 9
  error: material 3 is returned and locked; it can no longer be changed
  [2]
  $ rapport material return 2
  material 2 is now returned
  $ rapport material show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "description": "Client building badge",
    "quantity": 1,
    "owner": "client",
    "state": "returned",
    "returned_on": "2026-03-02"
  }
  $ rapport material list website --state returned --format csv
  "id","engagement","description","quantity","owner","state","returned_on"
  "2","website","Client building badge","1","client","returned","2026-03-02"
  "3","website","Loaned tablets","10","client","returned","2026-03-02"

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport material add website "Monitors" --qty 0
  error: invalid number '0' for --qty (expected a whole number from 1 to 1000000)
  [2]
  $ rapport material add website "Monitors" --qty two
  error: invalid number 'two' for --qty (expected a whole number from 1 to 1000000)
  [2]
  $ rapport material add website "Monitors" --qty 1000001
  error: invalid number '1000001' for --qty (expected a whole number from 1 to 1000000)
  [2]
  $ rapport material add website "Monitors" --owner vendor
  error: invalid value 'vendor' for --owner (expected one of client, us)
  [2]
  $ rapport material add website "$(printf 'm%.0s' $(seq 201))"
  error: --description is too long (201 characters; at most 200)
  [2]
  $ rapport material add website
  error: missing --description (expected text of at most 200 characters)
  [2]
  $ rapport material add nowhere "Monitors"
  error: no engagement 'nowhere'
  [2]
  $ rapport material edit 1 --qty -3
  error: invalid number '-3' for --qty (expected a whole number from 1 to 1000000)
  [2]
  $ rapport material excess 99
  error: no material 99
  [2]
  $ rapport material return 99
  error: no material 99
  [2]
  $ rapport material list website --state lost
  error: invalid state 'lost' (expected one of in_use, excess, returned)
  [2]
  $ rapport history | diff before -
  $ rapport material list website
  ID  MATERIAL               QTY  OWNED BY  STATE
  1   Test laptops           3    us        in_use
  2   Client building badge  1    client    returned
  3   Loaned tablets         10   client    returned
