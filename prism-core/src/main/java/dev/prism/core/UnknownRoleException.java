package dev.prism.core;

/** A role id that no role file defines. The message names the field and the known roles. */
public final class UnknownRoleException extends IllegalArgumentException {
  public UnknownRoleException(String message) {
    super(message);
  }
}
