PREFIX : <http://ex.org/>
DELETE { ?s :p ?o } INSERT { GRAPH :g { ?o :back ?s } } WHERE { ?s :p ?o } ;
INSERT DATA { :n :label "new\n\"line\""@en-GB } ; CLEAR DEFAULT ; ADD :g TO DEFAULT
