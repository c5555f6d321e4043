package io.github.ionqjdbc.bench;

/**
 * The plain Java program that whole-process figures are compared with: fetches one page and
 * prints a job count, or with {@code scan} reads every page (every field of every job).
 */
public final class ColdStartBaseline {
  private ColdStartBaseline() {
  }

  public static void main(String[] args) throws Exception {
    BaselineScan scan = new BaselineScan(args[0]);
    BaselineScan.Result r = args.length > 1 && args[1].equals("scan") ? scan.scan(1000)
        : scan.onePage("limit=5");
    System.out.println("jobs=" + r.jobs());
    System.exit(0);
  }
}
