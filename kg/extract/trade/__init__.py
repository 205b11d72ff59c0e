"""Trade: country -exported-> item with figures (extractor exports.v1).

Steps, in order:
1. quantities: every figure in a clause (counts, measures, money), periods: when it happened;
2. actors: the country or company behind a trade verb or flow noun, and the destination;
3. items: the traded goods after a figure, as singular labels;
4. exports: triggers (export and import verbs, flow nouns) and the events they state;
   lexicon holds the trade word lists;
5. learned (with candidates, features, model): figures no rule read, judged by a logistic model
   trained on the wire gold (kg/extract/data/trade_model.json; off unless the trade_model setting
   or the file turns it on).
"""
