package io.github.ionqjdbc.calcite.scan;

import io.github.ionqjdbc.api.http.IonQClient;
import java.time.Duration;
import org.apache.calcite.rel.RelWriter;

/** What EXPLAIN says of a scan whose answers may come from the cache. */
public final class CacheNote {
  private CacheNote() {
  }

  /** Adds {@code cache=...} to a plan line when the connection reads from the cache. */
  public static RelWriter add(RelWriter pw, IonQClient client) {
    Duration ttl = client.cacheTtl();
    return pw.itemIf("cache", "answers up to " + ttl.toSeconds()
        + " s old may be reused (cacheTtlSeconds)", !ttl.isZero());
  }
}
