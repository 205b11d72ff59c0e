"""Quotes: person -said-> quote, direct and reported (extractor quotes.v1).

Steps, in order:
1. marks: the text between quotation marks, on raw characters;
2. cues (with cue_parties and characterising): reporting verbs, "according to" and 'V X as
   "Q"', their content, speaker and addressee from the dependency tree; lexicon holds their
   word lists;
3. context: the per-article index and the frames around a quotation (colon lead-ins, dash
   bylines, governing clauses);
4. speakers: from a cue's subject token to a named Mention;
5. attribution: ties quotations to cues and emits the Quote facts.
"""
