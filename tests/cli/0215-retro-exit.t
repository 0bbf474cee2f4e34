The retrospective (our own lessons) and the exit interview (the client's
view) are kept once per engagement: "rapport retro ENG" and "rapport exit
ENG" create the record the first time and update it after that.

  $ . "$TESTDIR/fixtures/base.sh"

Nothing is there before the first run.

  $ rapport retro show website
  error: engagement 'website' has no retrospective yet
  [2]
  $ rapport exit show website
  error: engagement 'website' has no exit interview yet
  [2]
  $ rapport retro list website --json
  []

The retrospective with every option; the day held defaults to today.

  $ rapport retro website --well "Weekly demos kept everyone aligned" --badly "Content arrived late"
  retrospective of 'website' saved
  $ rapport retro show website
  id          1
  engagement  website
  went_well   Weekly demos kept everyone aligned
  went_badly  Content arrived late
  team        -
  held_on     2026-03-02
  $ rapport retro website --team "Strong design work; testing was thin" --on 2026-02-27
  retrospective of 'website' saved
  $ rapport retro show website
  id          1
  engagement  website
  went_well   Weekly demos kept everyone aligned
  went_badly  Content arrived late
  team        Strong design work; testing was thin
  held_on     2026-02-27
  $ rapport retro show website --json
  {
    "id": 1,
    "engagement": "website",
    "went_well": "Weekly demos kept everyone aligned",
    "went_badly": "Content arrived late",
    "team": "Strong design work; testing was thin",
    "held_on": "2026-02-27"
  }
  $ rapport retro list
  ID  ENG
  1   website
  $ rapport retro list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "went_well": "Weekly demos kept everyone aligned",
      "went_badly": "Content arrived late",
      "team": "Strong design work; testing was thin",
      "held_on": "2026-02-27"
    }
  ]
  $ rapport retro list website --format csv
  "id","engagement","went_well","went_badly","team","held_on"
  "1","website","Weekly demos kept everyone aligned","Content arrived late","Strong design work; testing was thin","2026-02-27"
  $ rapport history website | tail -2 | sed 's/ *$//'
  10   2026-03-02 00:00  tester  add     retrospective 1  [website]
  11   2026-03-02 00:00  tester  edit    retrospective 1  [website] team: - -> Strong design work; testing was thin; held_on: 2026-03-02 -> 2026-02-27

Running it again with a new value replaces only that field.

  $ rapport retro website --badly "Content arrived two weeks late"
  retrospective of 'website' saved
  $ rapport retro show website --json
  {
    "id": 1,
    "engagement": "website",
    "went_well": "Weekly demos kept everyone aligned",
    "went_badly": "Content arrived two weeks late",
    "team": "Strong design work; testing was thin",
    "held_on": "2026-02-27"
  }

The exit interview with every option. The rating goes from 0 to 10 and
--refer takes yes or no.

  $ rapport exit website --liked "Clear weekly reports" --rating 9 --refer yes
  exit interview of 'website' saved
  $ rapport exit show website
  id           1
  engagement   website
  held_on      2026-03-02
  liked        Clear weekly reports
  disliked     -
  improve      -
  rating       9
  would_refer  yes
  $ rapport exit website --disliked "A slow start" --improve "Kick off faster" --rating 0 --refer no --on 2026-03-01
  exit interview of 'website' saved
  $ rapport exit show website --json
  {
    "id": 1,
    "engagement": "website",
    "held_on": "2026-03-01",
    "liked": "Clear weekly reports",
    "disliked": "A slow start",
    "improve": "Kick off faster",
    "rating": 0,
    "would_refer": false
  }
  $ rapport exit website --rating 10
  exit interview of 'website' saved
  $ rapport exit list
  ID  ENG
  1   website
  $ rapport exit list website --json
  [
    {
      "id": 1,
      "engagement": "website",
      "held_on": "2026-03-01",
      "liked": "Clear weekly reports",
      "disliked": "A slow start",
      "improve": "Kick off faster",
      "rating": 10,
      "would_refer": false
    }
  ]
  $ rapport exit list website --format csv
  "id","engagement","held_on","liked","disliked","improve","rating","would_refer"
  "1","website","2026-03-01","Clear weekly reports","A slow start","Kick off faster","10","no"

Each engagement has its own.

  $ rapport exit other --rating 7
  exit interview of 'other' saved
  $ rapport exit list
  ID  ENG
  1   website
  2   other

Bad input is refused with exit 2 and writes nothing.

  $ rapport history > before
  $ rapport exit website --rating 11
  error: invalid number '11' for --rating (expected a whole number from 0 to 10)
  [2]
  $ rapport exit website --rating -1
  error: invalid number '-1' for --rating (expected a whole number from 0 to 10)
  [2]
  $ rapport exit website --rating 7.5
  error: invalid number '7.5' for --rating (expected a whole number from 0 to 10)
  [2]
  $ rapport exit website --refer maybe
  error: invalid value 'maybe' for --refer (expected yes or no)
  [2]
  $ rapport exit website --on 2026-02-30
  error: invalid date '2026-02-30' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport exit website --liked "$(printf 'l%.0s' $(seq 4001))"
  error: --liked is too long (4001 characters; at most 4000)
  [2]
  $ rapport exit nowhere --rating 5
  error: no engagement 'nowhere'
  [2]
  $ rapport exit website --score 5
  error: unknown option '--score' for 'rapport exit' (see 'rapport exit --help')
  [2]
  $ rapport retro website --on yesterday
  error: invalid date 'yesterday' for --on (expected a date YYYY-MM-DD)
  [2]
  $ rapport retro website --well "$(printf 'w%.0s' $(seq 4001))"
  error: --well is too long (4001 characters; at most 4000)
  [2]
  $ rapport retro nowhere --well "Good"
  error: no engagement 'nowhere'
  [2]
  $ rapport retro show nowhere
  error: no engagement 'nowhere'
  [2]
  $ rapport history | diff before -
  $ rapport exit show website
  id           1
  engagement   website
  held_on      2026-03-01
  liked        Clear weekly reports
  disliked     A slow start
  improve      Kick off faster
  rating       10
  would_refer  no
