package org.migrationkit.spark;

import java.lang.reflect.InvocationTargetException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * Spark's internal rows in and out of the per-record pass and the exchange, so that no row is converted to an
 * external {@link Row} (every cell a Java object) and back: the cells of a text column are read as the UTF-8 bytes
 * Spark holds. {@code Dataset.queryExecution()} and {@code SparkSession.internalCreateDataFrame} are on the
 * implementation classes in Spark 4 ({@code org.apache.spark.sql.classic}) and on the API classes in Spark 3.5, so
 * they are called reflectively, which works on both.
 */
final class Internal {
    private Internal() {
    }

    /** The rows of a Dataset as Spark holds them (a row object may be reused by the next row: copy to keep it). */
    @SuppressWarnings("unchecked")
    static JavaRDD<InternalRow> rows(Dataset<Row> ds) {
        try {
            QueryExecution qe = (QueryExecution) ds.getClass().getMethod("queryExecution").invoke(ds);
            return qe.toRdd().toJavaRDD();
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("This Spark (" + ds.sparkSession().version() + ") does not expose the "
                    + "query execution of a Dataset; migration-spark needs a classic (not Spark Connect) session.",
                    e);
        }
    }

    /** A DataFrame of internal rows of the schema. */
    @SuppressWarnings("unchecked")
    static Dataset<Row> frame(SparkSession spark, JavaRDD<InternalRow> rows, StructType schema) {
        try {
            return (Dataset<Row>) spark.getClass().getMethod("internalCreateDataFrame", RDD.class, StructType.class,
                    boolean.class).invoke(spark, rows.rdd(), schema, false);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("This Spark (" + spark.version() + ") does not create DataFrames of "
                    + "internal rows; migration-spark needs a classic (not Spark Connect) session.", e);
        }
    }

    /** An internal row of the values: text as UTF-8 strings, numbers boxed, null for missing. */
    static InternalRow row(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String s) {
                values[i] = UTF8String.fromString(s);
            }
        }
        return new GenericInternalRow(values);
    }

    static @Nullable UTF8String text(InternalRow r, int i) {
        return r.isNullAt(i) ? null : r.getUTF8String(i).copy();
    }

    static @Nullable Integer integer(InternalRow r, int i) {
        return r.isNullAt(i) ? null : r.getInt(i);
    }

    static @Nullable Long number(InternalRow r, int i) {
        return r.isNullAt(i) ? null : r.getLong(i);
    }
}
