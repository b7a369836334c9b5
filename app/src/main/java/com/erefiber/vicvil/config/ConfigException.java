package com.erefiber.vicvil.config;

import com.erefiber.vicvil.error.ExitCodes;
import com.erefiber.vicvil.error.VicvilException;

/** The config file is invalid; the message names the file and key path (and line where known). Exit 3. */
public class ConfigException extends VicvilException {
    public ConfigException(String message) {
        super(ExitCodes.CONFIG, message);
    }

    public ConfigException(String message, Throwable cause) {
        super(ExitCodes.CONFIG, message, cause);
    }
}
