package io.quidditch.udf.spark;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF10;
import org.apache.spark.sql.api.java.UDF11;
import org.apache.spark.sql.api.java.UDF12;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.api.java.UDF8;
import org.apache.spark.sql.api.java.UDF9;

/**
 * A {@link RowEvaluator} as Spark's Java UDF interfaces see it: one class answering calls of 1 to
 * 12 arguments (Spark has one interface per arity), each handing the row's values over as an array.
 */
@SuppressWarnings("overloads")
final class RowCall
    implements UDF1<Object, Object>,
        UDF2<Object, Object, Object>,
        UDF3<Object, Object, Object, Object>,
        UDF4<Object, Object, Object, Object, Object>,
        UDF5<Object, Object, Object, Object, Object, Object>,
        UDF6<Object, Object, Object, Object, Object, Object, Object>,
        UDF7<Object, Object, Object, Object, Object, Object, Object, Object>,
        UDF8<Object, Object, Object, Object, Object, Object, Object, Object, Object>,
        UDF9<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object>,
        UDF10<
            Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object>,
        UDF11<
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object>,
        UDF12<
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object,
            Object> {
  private static final long serialVersionUID = 1L;

  /** The most arguments a call may take. */
  static final int MAX_ARGUMENTS = 12;

  private final RowEvaluator evaluator;

  RowCall(RowEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @Override
  public Object call(Object a1) {
    return evaluator.evaluate(new Object[] {a1}, null);
  }

  @Override
  public Object call(Object a1, Object a2) {
    return evaluator.evaluate(new Object[] {a1, a2}, null);
  }

  @Override
  public Object call(Object a1, Object a2, Object a3) {
    return evaluator.evaluate(new Object[] {a1, a2, a3}, null);
  }

  @Override
  public Object call(Object a1, Object a2, Object a3, Object a4) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4}, null);
  }

  @Override
  public Object call(Object a1, Object a2, Object a3, Object a4, Object a5) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5}, null);
  }

  @Override
  public Object call(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5, a6}, null);
  }

  @Override
  public Object call(Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5, a6, a7}, null);
  }

  @Override
  public Object call(
      Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7, Object a8) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5, a6, a7, a8}, null);
  }

  @Override
  public Object call(
      Object a1,
      Object a2,
      Object a3,
      Object a4,
      Object a5,
      Object a6,
      Object a7,
      Object a8,
      Object a9) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5, a6, a7, a8, a9}, null);
  }

  @Override
  public Object call(
      Object a1,
      Object a2,
      Object a3,
      Object a4,
      Object a5,
      Object a6,
      Object a7,
      Object a8,
      Object a9,
      Object a10) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5, a6, a7, a8, a9, a10}, null);
  }

  @Override
  public Object call(
      Object a1,
      Object a2,
      Object a3,
      Object a4,
      Object a5,
      Object a6,
      Object a7,
      Object a8,
      Object a9,
      Object a10,
      Object a11) {
    return evaluator.evaluate(new Object[] {a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11}, null);
  }

  @Override
  public Object call(
      Object a1,
      Object a2,
      Object a3,
      Object a4,
      Object a5,
      Object a6,
      Object a7,
      Object a8,
      Object a9,
      Object a10,
      Object a11,
      Object a12) {
    return evaluator.evaluate(
        new Object[] {a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12}, null);
  }
}
