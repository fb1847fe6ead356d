/**
 * Crisis resources as data: help lines per region with their status (current, outdated, closed,
 * unverified), and finding the ones a draft mentions.
 */
package dev.papageno.core.resources;
