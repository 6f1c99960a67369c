package org.migrationkit.io.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.vocab.HxlTag;

/**
 * One column of an entity's flat table: the single description from which the CSV header, the HXL row, the JSON
 * property, the data dictionary, the Frictionless field and the JSON Schema property are all derived (DESIGN §5).
 *
 * <p>The name is snake_case and is both the CSV header and the JSON property name. A list column holds several
 * values: a JSON array, and in CSV one cell with the values joined by {@link #LIST_DELIMITER}.
 *
 * <pre>{@code
 * Column c = TableSchema.of(Entity.INCIDENT).column("number_dead");
 * c.type();    // INTEGER
 * c.hxl();     // #affected+killed
 * }</pre>
 */
public final class Column {
    /** The delimiter of the values of a list column in a CSV cell. */
    public static final String LIST_DELIMITER = "|";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private final String name;
    private final ColumnType type;
    private final boolean list;
    private final @Nullable HxlTag hxl;
    private final boolean required;
    private final @Nullable String unit;
    private final String description;
    private final List<String> allowedValues;
    private final boolean sensitive;
    private final List<String> aliases;
    private final @Nullable Long minimum;
    private final @Nullable Long maximum;
    private final @Nullable String pattern;

    private Column(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.list = b.list;
        this.hxl = b.hxl == null ? null : HxlTag.parse(b.hxl);
        this.required = b.required;
        this.unit = b.unit;
        this.description = Objects.requireNonNull(b.description, () -> "column " + b.name + " has no description");
        this.allowedValues = List.copyOf(b.allowedValues);
        this.sensitive = b.sensitive;
        this.aliases = List.copyOf(b.aliases);
        this.minimum = b.minimum;
        this.maximum = b.maximum;
        this.pattern = b.pattern;
        if (required && list) {
            throw new IllegalArgumentException("Column " + name + " is a required list: a list may be empty.");
        }
    }

    /**
     * Returns a builder for a column.
     *
     * @param name the snake_case name, e.g. {@code number_dead}; not null
     * @param type the type, not null
     * @return a builder: a single, optional, non-sensitive value without HXL tag, unit, aliases or bounds
     * @throws IllegalArgumentException if the name is not snake_case
     */
    public static Builder builder(String name, ColumnType type) {
        return new Builder(name, type);
    }

    /**
     * Returns the name: the CSV header and the JSON property name.
     *
     * @return e.g. {@code number_dead}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type of the column's values.
     *
     * @return the type
     */
    public ColumnType type() {
        return type;
    }

    /**
     * Returns whether the column holds a list of values.
     *
     * @return true for a JSON array, or a CSV cell of values joined by {@link #LIST_DELIMITER}
     */
    public boolean isList() {
        return list;
    }

    /**
     * Returns the HXL hashtag and attributes of the column.
     *
     * @return the tag, or null when the column has none
     */
    public @Nullable HxlTag hxl() {
        return hxl;
    }

    /**
     * Returns whether every record must have a value in this column.
     *
     * @return true when required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Returns the unit of the values.
     *
     * @return e.g. {@code people}, {@code years}, {@code degrees}; or null when not a quantity
     */
    public @Nullable String unit() {
        return unit;
    }

    /**
     * Returns the one-sentence description of the column.
     *
     * @return the description, not blank
     */
    public String description() {
        return description;
    }

    /**
     * Returns the allowed values, from the model's vocabularies.
     *
     * @return the codes in vocabulary order, empty when any value of the type is allowed; unmodifiable
     */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /**
     * Returns whether the values are sensitive (raw or pseudonymous ids, free text about people): reports, messages
     * and exceptions never show them (DESIGN §10).
     *
     * @return true when sensitive
     */
    public boolean isSensitive() {
        return sensitive;
    }

    /**
     * Returns other header names accepted for this column when reading.
     *
     * @return the aliases, possibly empty; unmodifiable
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns every header name accepted for this column when reading: its name, then its aliases.
     *
     * @return the names; unmodifiable
     */
    public List<String> acceptedNames() {
        List<String> names = new java.util.ArrayList<>(1 + aliases.size());
        names.add(name);
        names.addAll(aliases);
        return java.util.Collections.unmodifiableList(names);
    }

    /**
     * Returns the smallest value allowed.
     *
     * @return the minimum, or null when unbounded
     */
    public @Nullable Long minimum() {
        return minimum;
    }

    /**
     * Returns the largest value allowed.
     *
     * @return the maximum, or null when unbounded
     */
    public @Nullable Long maximum() {
        return maximum;
    }

    /**
     * Returns the regular expression every value of a text column matches (XML Schema / ECMA-262 subset that JSON
     * Schema and Frictionless share).
     *
     * @return the pattern, or null when there is none
     */
    public @Nullable String pattern() {
        return pattern;
    }

    /**
     * Returns the name and type.
     *
     * @return e.g. {@code number_dead: integer}
     */
    @Override
    public String toString() {
        return name + ": " + type + (list ? " list" : "");
    }

    /** Builds a {@link Column}; see {@link Column#builder(String, ColumnType)} for the defaults. */
    public static final class Builder {
        private final String name;
        private final ColumnType type;
        private boolean list;
        private @Nullable String hxl;
        private boolean required;
        private @Nullable String unit;
        private @Nullable String description;
        private final List<String> allowedValues = new ArrayList<>();
        private boolean sensitive;
        private final List<String> aliases = new ArrayList<>();
        private @Nullable Long minimum;
        private @Nullable Long maximum;
        private @Nullable String pattern;

        private Builder(String name, ColumnType type) {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Column name \"" + name + "\" is not snake_case: use lower-case "
                        + "letters and digits joined by single underscores.");
            }
            this.name = name;
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Makes the column a list.
         *
         * @return this builder
         */
        public Builder list() {
            this.list = true;
            return this;
        }

        /**
         * Sets the HXL tag.
         *
         * @param tag e.g. {@code #affected+killed}, not null
         * @return this builder
         */
        public Builder hxl(String tag) {
            this.hxl = Objects.requireNonNull(tag, "tag");
            return this;
        }

        /**
         * Makes the column required.
         *
         * @return this builder
         */
        public Builder required() {
            this.required = true;
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param unit e.g. {@code people}, not null
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description one sentence, not null
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the allowed values.
         *
         * @param values the codes, not null
         * @return this builder
         */
        public Builder allowedValues(List<String> values) {
            allowedValues.clear();
            allowedValues.addAll(values);
            return this;
        }

        /**
         * Marks the values sensitive.
         *
         * @return this builder
         */
        public Builder sensitive() {
            this.sensitive = true;
            return this;
        }

        /**
         * Adds header aliases accepted when reading.
         *
         * @param names other names, not null
         * @return this builder
         */
        public Builder aliases(String... names) {
            aliases.addAll(List.of(names));
            return this;
        }

        /**
         * Sets the bounds.
         *
         * @param min the smallest value allowed, or null
         * @param max the largest value allowed, or null
         * @return this builder
         */
        public Builder range(@Nullable Long min, @Nullable Long max) {
            this.minimum = min;
            this.maximum = max;
            return this;
        }

        /**
         * Sets the pattern of the values' text.
         *
         * @param regex a regular expression matching a whole value, not null
         * @return this builder
         */
        public Builder pattern(String regex) {
            this.pattern = Objects.requireNonNull(regex, "regex");
            return this;
        }

        /**
         * Builds the column.
         *
         * @return the column
         * @throws NullPointerException if no description was set
         * @throws IllegalArgumentException if the column is a required list
         * @throws org.migrationkit.core.validation.InvalidValueException ({@code hxl.malformed}) if the HXL tag
         *     is malformed
         */
        public Column build() {
            return new Column(this);
        }
    }
}
