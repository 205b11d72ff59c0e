"""Name tables every extractor family shares, and resolution reads too.

countries: every way news text names a country, mapped to ISO 3166; country_names: the same in
parsed text (a token or span -> a COUNTRY Mention); titles: titles, honorifics and organisation
words. Their word lists live in kg/extract/data/, each file saying where it came from.
"""
