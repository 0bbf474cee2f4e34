Contract clauses: their kind, the risk they carry for the client, and
whether we discussed them with the client.

  $ . "$TESTDIR/fixtures/base.sh"

Add with every option; the risk defaults to none.

  $ rapport clause add website "Either party may end the contract with 30 days notice" --kind termination --risk high
  clause 1 added
  $ rapport clause add website "The IP passes to the client on full payment" --kind ip
  clause 2 added
  $ rapport clause add website "Liability is capped at the contract value" --kind liability --risk low
  clause 3 added
  $ rapport --json clause add website "Renews for a year unless cancelled" --kind renewal --risk high
  {
    "id": 4,
    "engagement": "website",
    "text": "Renews for a year unless cancelled",
    "kind": "renewal",
    "risk": "high",
    "state": "undiscussed",
    "discussed_on": null
  }

  $ rapport clause list website
  ID  CLAUSE                                    KIND         RISK  STATE        DISCUSSED
  1   Either party may end the contract with …  termination  high  undiscussed  -
  2   The IP passes to the client on full pay…  ip           none  undiscussed  -
  3   Liability is capped at the contract val…  liability    low   undiscussed  -
  4   Renews for a year unless cancelled        renewal      high  undiscussed  -
  $ rapport clause list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "text": "Either party may end the contract with 30 days notice",
      "kind": "termination",
      "risk": "high",
      "state": "undiscussed",
      "discussed_on": null
    },
    {
      "id": 2,
      "engagement": "website",
      "text": "The IP passes to the client on full payment",
      "kind": "ip",
      "risk": "none",
      "state": "undiscussed",
      "discussed_on": null
    },
    {
      "id": 3,
      "engagement": "website",
      "text": "Liability is capped at the contract value",
      "kind": "liability",
      "risk": "low",
      "state": "undiscussed",
      "discussed_on": null
    },
    {
      "id": 4,
      "engagement": "website",
      "text": "Renews for a year unless cancelled",
      "kind": "renewal",
      "risk": "high",
      "state": "undiscussed",
      "discussed_on": null
    }
  ]
  $ rapport clause list website --format csv
  "id","engagement","text","kind","risk","state","discussed_on"
  "1","website","Either party may end the contract with 30 days notice","termination","high","undiscussed",""
  "2","website","The IP passes to the client on full payment","ip","none","undiscussed",""
  "3","website","Liability is capped at the contract value","liability","low","undiscussed",""
  "4","website","Renews for a year unless cancelled","renewal","high","undiscussed",""
  $ rapport clause show 1
  id            1
  engagement    website
  text          Either party may end the contract with 30 days notice
  kind          termination
  risk          high
  state         undiscussed
  discussed_on  -
  $ rapport clause show 2 --json
  {
    "id": 2,
    "engagement": "website",
    "text": "The IP passes to the client on full payment",
    "kind": "ip",
    "risk": "none",
    "state": "undiscussed",
    "discussed_on": null
  }

A clause may be edited.

  $ rapport clause edit 2 --risk low --kind confidentiality
  clause 2 updated
  $ rapport clause show 2
  id            2
  engagement    website
  text          The IP passes to the client on full payment
  kind          confidentiality
  risk          low
  state         undiscussed
  discussed_on  -

discuss records the day (today, or --on); a discussed clause cannot be
discussed again.

  $ rapport clause discuss 1 --on 2026-02-28
  clause 1 is now discussed
  $ rapport clause discuss 3
  clause 3 is now discussed
  $ rapport clause show 1
  id            1
  engagement    website
  text          Either party may end the contract with 30 days notice
  kind          termination
  risk          high
  state         discussed
  discussed_on  2026-02-28
  $ rapport clause show 3 --json
  {
    "id": 3,
    "engagement": "website",
    "text": "Liability is capped at the contract value",
    "kind": "liability",
    "risk": "low",
    "state": "discussed",
    "discussed_on": "2026-03-02"
  }
  $ rapport clause discuss 1
  error: clause 1 is discussed; 'discuss' is allowed only when it is undiscussed
  [2]
  $ rapport clause discuss 3 --on 2026-03-01
  error: clause 3 is discussed; 'discuss' is allowed only when it is undiscussed
  [2]
  $ rapport clause list website --state undiscussed
  ID  CLAUSE                                    KIND             RISK  STATE        DISCUSSED
  2   The IP passes to the client on full pay…  confidentiality  low   undiscussed  -
  4   Renews for a year unless cancelled        renewal          high  undiscussed  -
  $ rapport clause list website --state discussed --format csv
  "id","engagement","text","kind","risk","state","discussed_on"
  "1","website","Either party may end the contract with 30 days notice","termination","high","discussed","2026-02-28"
  "3","website","Liability is capped at the contract value","liability","low","discussed","2026-03-02"

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport clause add website "Payment within 30 days"
  error: missing --kind (expected one of termination, renewal, payment, liability, ip, confidentiality, other)
  [2]
  $ rapport clause add website "Warranty of 90 days" --kind warranty
  error: invalid value 'warranty' for --kind (expected one of termination, renewal, payment, liability, ip, confidentiality, other)
  [2]
  $ rapport clause add website "Payment within 30 days" --kind payment --risk medium
  error: invalid value 'medium' for --risk (expected one of none, low, high)
  [2]
  $ rapport clause add website "$(printf 'c%.0s' $(seq 4001))" --kind other
  error: --text is too long (4001 characters; at most 4000)
  [2]
  $ rapport clause add website "" --kind other
  error: --text must not be empty
  [2]
  $ rapport clause add nowhere "Payment within 30 days" --kind payment
  error: no engagement 'nowhere'
  [2]
  $ rapport clause discuss 4 --on 2026-02-31
  error: invalid date '2026-02-31' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport clause discuss 99
  error: no clause 99
  [2]
  $ rapport clause edit 4 --risk extreme
  error: invalid value 'extreme' for --risk (expected one of none, low, high)
  [2]
  $ rapport clause list website --state agreed
  error: invalid state 'agreed' (expected one of undiscussed, discussed)
  [2]
  $ rapport history | diff before -
  $ rapport clause list website
  ID  CLAUSE                                    KIND             RISK  STATE        DISCUSSED
  1   Either party may end the contract with …  termination      high  discussed    2026-02-28
  2   The IP passes to the client on full pay…  confidentiality  low   undiscussed  -
  3   Liability is capped at the contract val…  liability        low   discussed    2026-03-02
  4   Renews for a year unless cancelled        renewal          high  undiscussed  -
