/*
 * effects.h — the rules and consequences of particular verbs and kinds that
 * a field declaration cannot express (kinds.c points at them).
 */
#ifndef RAPPORT_EFFECTS_H
#define RAPPORT_EFFECTS_H

#include "internal.h"

int effect_kickoff_gate(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_close_gate(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_terminate(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_signoff(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_invoice(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_answer(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_pay(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);
int effect_disclose(struct rp_db *db, struct rp_record *rec, const struct rp_input *in);

int contact_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int engagement_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int request_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int risk_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int po_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int interaction_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int payment_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int action_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);
int followup_on_write(struct rp_db *db, struct rp_record *rec, const struct rp_record *before);

#endif
