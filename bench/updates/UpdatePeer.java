// UpdatePeer.java -- one issue-12 update workload on Apache Jena ARQ (Debian's libapache-jena-java 4.5).
//   java -cp "$JENA_LIB/*:CLASSDIR" UpdatePeer DATA.nt|- UPDATE(.ru|.lines) DUMP.nq
// Loads DATA into an in-memory dataset (DatasetFactory.createTxnMem, untimed), runs the update (a .ru file is one
// request, a .lines file one request per line) with UpdateAction, prints one JSON line and dumps N-Quads to DUMP.nq.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

import org.apache.jena.query.*;
import org.apache.jena.riot.*;
import org.apache.jena.update.*;
import org.apache.jena.sys.JenaSystem;

public class UpdatePeer {
    public static void main(String[] a) throws Exception {
        JenaSystem.init();
        String data = a[0], update = a[1], dump = a[2];
        Dataset ds = DatasetFactory.createTxnMem();
        if (!data.equals("-")) RDFDataMgr.read(ds, data, Lang.NTRIPLES);
        List<String> requests = new ArrayList<>();
        if (update.endsWith(".lines")) {
            for (String l : Files.readAllLines(Paths.get(update), StandardCharsets.UTF_8)) if (!l.isBlank()) requests.add(l);
        } else requests.add(Files.readString(Paths.get(update), StandardCharsets.UTF_8));
        long start = System.nanoTime();
        for (String r : requests) {
            ds.begin(ReadWrite.WRITE);
            try { UpdateAction.parseExecute(r, ds); ds.commit(); } finally { ds.end(); }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        long quads;
        ds.begin(ReadWrite.READ);
        try {
            quads = ds.asDatasetGraph().stream().count();
            try (OutputStream out = new BufferedOutputStream(new FileOutputStream(dump))) { RDFDataMgr.write(out, ds, Lang.NQUADS); }
        } finally { ds.end(); }
        String name = Paths.get(update).getFileName().toString();
        System.out.printf(Locale.ROOT, "{\"engine\": \"jena\", \"update\": \"%s\", \"requests\": %d, \"quads\": %d, \"ms\": %.1f}%n",
            name, requests.size(), quads, ms);
    }
}
