package io.quidditch.udf.core;

/** One line a UDF logged during a call; level 0 debug, 1 info, 2 warn, 3 error. */
public record LogLine(int level, String message) {

  /** The level's name as shown to users. */
  public String levelName() {
    switch (level) {
      case 0:
        return "debug";
      case 1:
        return "info";
      case 2:
        return "warn";
      case 3:
        return "error";
      default:
        return "level" + level;
    }
  }

  @Override
  public String toString() {
    return levelName() + ": " + Text.printable(message);
  }
}
