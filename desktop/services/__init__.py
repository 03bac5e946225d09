"""Use cases: one function each, over one write transaction, permission-checked, writing history.

Inputs are checked before the transaction opens, so a bad input writes nothing; a failure inside
rolls the whole transaction back. Every function takes the acting ``Actor`` first.
"""
