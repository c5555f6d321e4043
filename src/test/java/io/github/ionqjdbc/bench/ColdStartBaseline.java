package io.github.ionqjdbc.bench;

/** The cold-start baseline: a plain Java program that fetches one page and prints a job id. */
public final class ColdStartBaseline {
  private ColdStartBaseline() {
  }

  public static void main(String[] args) throws Exception {
    BaselineScan.Result r = new BaselineScan(args[0]).onePage("limit=1");
    System.out.println("jobs=" + r.jobs());
    System.exit(0);
  }
}
