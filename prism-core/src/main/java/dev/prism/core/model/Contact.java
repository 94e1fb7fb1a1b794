package dev.prism.core.model;

import java.util.List;

/** Contact details; any field the resume did not give is null. */
public record Contact(Field name, Field email, Field phone, Field location, List<Field> links) {
  public static final Contact NONE = new Contact(null, null, null, null, List.of());

  public Contact {
    links = List.copyOf(links);
  }
}
