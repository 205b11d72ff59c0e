"""RDF: the vocabulary, IRI minting and the mapping from facts to triples."""
